package app.rolewise.hiring.proofa.boundary;

import app.rolewise.hiring.proofb.boundary.ProofB;

/** Half of a deliberate cycle between two hiring components, for ArchitectureTest to catch. */
public class ProofA {

    ProofB other;
}
