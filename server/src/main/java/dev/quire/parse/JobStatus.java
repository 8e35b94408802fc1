package dev.quire.parse;

/** A parse job's state, as the wire spells it. COMPLETED, FAILED and CANCELLED are final. */
public enum JobStatus {
    PENDING, RUNNING, COMPLETED, FAILED, CANCELLED;

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
