package app.rolewise.hiring.proofb.boundary;

import app.rolewise.hiring.proofa.boundary.ProofA;

/** The other half of the deliberate cycle ProofA starts. */
public class ProofB {

    ProofA other;
}
