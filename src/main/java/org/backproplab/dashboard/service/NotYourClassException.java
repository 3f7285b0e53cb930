package org.backproplab.dashboard.service;

/**
 * The class does not exist, or the signed-in teacher does not teach it: the two are not told apart,
 * so that a forged address learns nothing about other teachers' classes.
 */
public class NotYourClassException extends RuntimeException {
    public NotYourClassException() {
        super("No such class among the classes you teach");
    }
}
