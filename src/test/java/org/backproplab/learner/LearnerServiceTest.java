package org.backproplab.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LearnerServiceTest {
    @Autowired
    LearnerService learners;

    @Autowired
    LearnerRepository repository;

    @Test
    void oneTokenIsOneLearner() {
        String token = GuestToken.generate();
        var first = learners.learnerForGuestToken(token);
        var again = learners.learnerForGuestToken(token);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(learners.learnerForGuestToken(GuestToken.generate()).id()).isNotEqualTo(first.id());
    }

    @Test
    void twoRequestsOfANewBrowserAtOnceMakeOneLearner() throws Exception {
        String token = GuestToken.generate();
        var start = new CyclicBarrier(2);
        Callable<UUID> request = () -> {
            start.await(5, TimeUnit.SECONDS);
            return learners.learnerForGuestToken(token).id();
        };
        var threads = Executors.newFixedThreadPool(2);
        try {
            var both = threads.invokeAll(List.of(request, request));
            UUID first = both.get(0).get();
            assertThat(both.get(1).get()).isEqualTo(first);
            assertThat(repository.findByGuestTokenHash(GuestToken.hash(token))).map(Learner::id).contains(first);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void lookingUpAGuestWritesNothing() {
        String token = GuestToken.generate();
        long before = learners.count();
        assertThat(learners.findByGuestToken(token)).isEmpty();
        assertThat(learners.count()).isEqualTo(before);
        var created = learners.learnerForGuestToken(token);
        assertThat(learners.findByGuestToken(token)).contains(created);
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        String token = GuestToken.generate();
        var learner = learners.learnerForGuestToken(token);
        assertThat(repository.findByGuestTokenHash(token)).isEmpty();
        assertThat(repository.findByGuestTokenHash(GuestToken.hash(token))).map(Learner::id).contains(learner.id());
    }

    @Test
    void forgedTokensAreNotWellFormed() {
        assertThat(GuestToken.isWellFormed(GuestToken.generate())).isTrue();
        assertThat(GuestToken.isWellFormed("")).isFalse();
        assertThat(GuestToken.isWellFormed("' OR 1=1 --")).isFalse();
        assertThat(GuestToken.isWellFormed("a".repeat(10_000))).isFalse();
        assertThat(GuestToken.isWellFormed(null)).isFalse();
    }
}
