package app.rolewise.hiring.proofb.control;

/** A control class of a proof component, which no other component may use (ArchitectureTest). */
public class ProofRules {
}
