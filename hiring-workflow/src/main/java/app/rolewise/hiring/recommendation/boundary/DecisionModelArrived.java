package app.rolewise.hiring.recommendation.boundary;

import app.rolewise.hiring.recommendation.entity.BankVersion;

/**
 * Fired at start-up when the shipped bank with its decision model becomes the current version over a bank
 * saved without one, which cannot recommend: whoever keeps work on the older versions can move it.
 */
public record DecisionModelArrived(BankVersion version) {
}
