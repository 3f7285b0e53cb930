package org.backproplab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.backproplab.dashboard.domain.AssignmentState;
import org.backproplab.dashboard.domain.Cell;
import org.backproplab.dashboard.domain.HeatMap;
import org.backproplab.dashboard.domain.MistakeCount;
import org.backproplab.dashboard.domain.Overview;
import org.backproplab.dashboard.domain.Student;
import org.backproplab.dashboard.domain.Trend;
import org.backproplab.dashboard.domain.TrendPoint;
import org.junit.jupiter.api.Test;

/** The dashboard's small rules: mark bands, topic mastery, heat-map counting, weekly trend, assignment states. */
class DashboardDomainTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void bandsSplitTheMarkInQuartersWithFullMarksApart() {
        assertThat(Cell.NONE.band()).isEqualTo(-1);
        assertThat(new Cell(1, 0.1, 0, false).band()).isZero();
        assertThat(new Cell(1, 0.5, 0, false).band()).isEqualTo(2);
        assertThat(new Cell(1, 0.99, 0, false).band()).isEqualTo(3);
        assertThat(new Cell(1, 1.0, 0, false).band()).isEqualTo(4);
        assertThat(new Cell(3, 0.5, 125_000, true).details()).isEqualTo("3 attempts, best 50%, 2 min 5 s, solution seen");
    }

    @Test
    void topicMasteryCountsAnExerciseNotStartedAsZero() {
        var ada = new Student(UUID.randomUUID(), UUID.randomUUID(), "Ada", "ada");
        var overview = new Overview(List.of(ada), Map.of(ada.learnerId(), Map.of("x", new Cell(2, 1.0, 1000, false))));
        Cell topic = overview.topicCell(ada, List.of("x", "y"));
        assertThat(topic.best()).isEqualTo(0.5);
        assertThat(topic.attempts()).isEqualTo(2);
        assertThat(overview.topicCell(ada, List.of("y")).started()).isFalse();
        assertThat(overview.studentsNamed(" AD")).containsExactly(ada);
        assertThat(overview.studentsNamed("bob")).isEmpty();
    }

    @Test
    void aMistakeCountsOnceInEachTopicOfItsExercise() {
        var map = HeatMap.of(List.of("M01", "M02"), List.of("chain-rule", "fan-out"),
                List.of(new MistakeCount("e1", "M01", 3), new MistakeCount("e2", "M01", 2), new MistakeCount("e2", "M02", 1)),
                id -> id.equals("e1") ? List.of("chain-rule", "fan-out") : List.of("chain-rule", "not-shown"));
        assertThat(map.count("M01", "chain-rule")).isEqualTo(5);
        assertThat(map.count("M01", "fan-out")).isEqualTo(3);
        assertThat(map.count("M02", "chain-rule")).isEqualTo(1);
        assertThat(map.count("M02", "fan-out")).isZero();
        assertThat(map.max()).isEqualTo(5);
        assertThat(map.rowTotal("M01")).as("each mistake once, not once per topic").isEqualTo(5);
    }

    @Test
    void theTrendIsTheWeeklyShareOfAttemptsWithTheMistake() {
        // Mon 2 Nov and Sun 8 Nov are one week; Mon 9 Nov starts the next.
        var attempts = Map.of(LocalDate.of(2026, 11, 2), 6, LocalDate.of(2026, 11, 8), 4, LocalDate.of(2026, 11, 9), 10);
        var mistakes = Map.of(LocalDate.of(2026, 11, 2), 3, LocalDate.of(2026, 11, 8), 2, LocalDate.of(2026, 11, 10), 1);
        assertThat(Trend.weekly(attempts, mistakes)).containsExactly(
                new TrendPoint(LocalDate.of(2026, 11, 2), 10, 5), new TrendPoint(LocalDate.of(2026, 11, 9), 10, 1));
        assertThat(Trend.weekly(attempts, mistakes).get(1).rate()).isEqualTo(0.1);
    }

    @Test
    void assignmentStates() {
        Set<String> set = Set.of("a", "b");
        Instant past = NOW.minusSeconds(60);
        Instant future = NOW.plusSeconds(60);
        assertThat(AssignmentState.of(set, Set.of("a", "b", "c"), past, NOW)).isEqualTo(AssignmentState.DONE);
        assertThat(AssignmentState.of(set, Set.of("a"), future, NOW)).isEqualTo(AssignmentState.STARTED);
        assertThat(AssignmentState.of(set, Set.of("c"), null, NOW)).isEqualTo(AssignmentState.NOT_STARTED);
        assertThat(AssignmentState.of(set, Set.of("a"), past, NOW)).isEqualTo(AssignmentState.OVERDUE);
        assertThat(AssignmentState.ofQuiz(true, true, past, NOW)).isEqualTo(AssignmentState.DONE);
        assertThat(AssignmentState.ofQuiz(true, false, future, NOW)).isEqualTo(AssignmentState.STARTED);
        assertThat(AssignmentState.ofQuiz(false, false, future, NOW)).as("practice on its exercises is not the quiz").isEqualTo(AssignmentState.NOT_STARTED);
        assertThat(AssignmentState.ofQuiz(true, false, past, NOW)).isEqualTo(AssignmentState.OVERDUE);
    }
}
