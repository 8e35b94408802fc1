package dev.quire.cli;

/** A command that talks to a server: its address, for failure messages. */
interface ServerCommand {
    String url();
}
