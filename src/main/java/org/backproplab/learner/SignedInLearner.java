package org.backproplab.learner;

import java.util.UUID;

/**
 * A signed-in user as the learner package sees them: the security principal implements this, so
 * that {@link CurrentLearner} answers with the account's learner without depending on accounts.
 */
public interface SignedInLearner {
    UUID learnerId();
}
