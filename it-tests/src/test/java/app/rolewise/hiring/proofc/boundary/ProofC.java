package app.rolewise.hiring.proofc.boundary;

import app.rolewise.hiring.proofb.control.ProofRules;
import app.rolewise.history.entity.ContentVersion;

/** Breaks two rules on purpose, for ArchitectureTest to catch: uses another component's control, reads version JSON. */
public class ProofC {

    ProofRules rules;

    String read(ContentVersion version) {
        return version.getContentJson();
    }
}
