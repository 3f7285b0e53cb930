package org.backproplab.dashboard.service;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.backproplab.dashboard.domain.MistakeCount;
import org.backproplab.dashboard.domain.Overview;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview and heat-map queries on any data source, without Spring: what {@code bench dashboard}
 * times. The web app goes through {@link DashboardService}, which runs the same repository queries
 * after checking the teacher.
 */
public final class ClassQueries {
    private final DashboardRepository repository;

    private ClassQueries(DashboardRepository repository) {
        this.repository = repository;
    }

    public static ClassQueries on(DataSource dataSource) {
        return new ClassQueries(new DashboardRepository(JdbcClient.create(dataSource), dataSource));
    }

    public Overview overview(UUID classId) {
        return new Overview(repository.students(classId), repository.cells(Scope.ofClass(classId)));
    }

    /** The plans of the overview's and the heat map's queries, for the benchmark's report. */
    public String plans(UUID classId) {
        Scope scope = Scope.ofClass(classId);
        return "overview query plan:\n" + repository.plan(DashboardRepository.cellsSql(scope), classId)
                + "\nheat map query plan:\n" + repository.plan(DashboardRepository.mistakeCountsSql(scope), classId);
    }

    public List<MistakeCount> mistakeCounts(UUID classId) {
        return repository.mistakeCounts(Scope.ofClass(classId));
    }
}
