package org.backproplab.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.backproplab.database.OnEveryDatabase;
import org.backproplab.database.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first requests of a new browser arrive together (a page and its resources, or tabs restored
 * at once), each carrying the same new guest token, each storing something in its own transaction.
 * On H2 and on PostgreSQL: one learner, the same for every request, and no request fails.
 */
class GuestTokenRaceTest {
    private static final int REQUESTS = 8;
    private static final int BROWSERS = 15;

    @OnEveryDatabase
    void concurrentFirstRequestsWithOneNewTokenMakeOneLearner(TestDatabase database) throws Exception {
        var jdbc = JdbcClient.create(database.dataSource());
        var learners = new LearnerService(new LearnerRepository(jdbc), List.of(), Clock.systemUTC());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (int browser = 0; browser < BROWSERS; browser++) {
                String token = GuestToken.generate();
                var start = new CyclicBarrier(REQUESTS);
                List<Callable<UUID>> requests = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    UUID idIfNew = UUID.randomUUID(); // each session proposes its own id, as CurrentLearner does
                    requests.add(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return transactions.execute(tx -> learners.learnerForGuestToken(token, idIfNew).id());
                    });
                }
                var ids = new HashSet<UUID>();
                for (Future<UUID> answer : threads.invokeAll(requests, 60, TimeUnit.SECONDS)) {
                    ids.add(answer.get()); // a failed request fails the test here
                }
                assertThat(ids).as("every request of browser %d sees one learner", browser).hasSize(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE guest_token_hash = ?").param(GuestToken.hash(token))
                        .query(Long.class).single()).isEqualTo(1L);
                assertThat(jdbc.sql("SELECT id FROM learner WHERE guest_token_hash = ?").param(GuestToken.hash(token))
                        .query(UUID.class).single()).isEqualTo(ids.iterator().next());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
