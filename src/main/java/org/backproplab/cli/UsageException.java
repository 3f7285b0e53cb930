package org.backproplab.cli;

/** Bad arguments: the CLI prints the message and the command's synopsis and exits with 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
