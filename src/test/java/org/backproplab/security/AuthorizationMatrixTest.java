package org.backproplab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import org.backproplab.classroom.ClassroomService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every route of the app × every kind of visitor, opened on the server without a browser (Karibu,
 * with Spring Security's context set as a login sets it), against one table of expectations. The
 * routes come from Vaadin's route registry, so a new route without a row here fails this test.
 * "Teacher of the class" and "teacher of another class" differ only in the data: the class page
 * is opened with a class the first teaches, and the service's check must refuse the second.
 * Run on H2 ({@code OnH2}) and PostgreSQL ({@code OnPostgres}).
 */
abstract class AuthorizationMatrixTest {
    enum Visitor { GUEST, STUDENT, TEACHER_OF_CLASS, OTHER_TEACHER, ADMIN }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.GUEST));
    private static final Set<Visitor> TEACHERS = EnumSet.of(Visitor.TEACHER_OF_CLASS, Visitor.OTHER_TEACHER);

    /** A row: the address opened for the route ({class} is the fixture's class) and who may see the page. */
    record Rule(String path, Set<Visitor> allowed) {
    }

    /** THE table: route template → rule. Add a row with every new route. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("", new Rule("", EVERYONE));
        RULES.put("learn", new Rule("learn", EVERYONE));
        RULES.put("practice", new Rule("practice", EVERYONE));
        RULES.put("practice/exercise/:id", new Rule("practice/exercise/sum-times-z", EVERYONE));
        RULES.put("practice/quiz/:id", new Rule("practice/quiz/first-steps", EVERYONE));
        RULES.put("playground", new Rule("playground", EVERYONE));
        RULES.put("flashcards", new Rule("flashcards", EVERYONE));
        RULES.put("glossary", new Rule("glossary", EVERYONE));
        RULES.put("flashcards/browse", new Rule("flashcards/browse", EVERYONE));
        RULES.put("flashcards/stats", new Rule("flashcards/stats", EVERYONE));
        RULES.put("learn/:id", new Rule("learn/what-is-backpropagation", EVERYONE));
        // Signed-in visitors are sent on from the login and registration pages.
        RULES.put("login", new Rule("login", EnumSet.of(Visitor.GUEST)));
        RULES.put("register", new Rule("register", EnumSet.of(Visitor.GUEST)));
        RULES.put("account", new Rule("account", SIGNED_IN));
        RULES.put("account/password", new Rule("account/password", SIGNED_IN));
        RULES.put("admin", new Rule("admin", EnumSet.of(Visitor.ADMIN)));
        RULES.put("teach", new Rule("teach", TEACHERS));
        RULES.put("teach/class/:classId", new Rule("teach/class/{class}", EnumSet.of(Visitor.TEACHER_OF_CLASS)));
        // The teacher dashboard (issue 18); its CSV downloads live on the overview page, so they are covered by its row.
        RULES.put("dashboard", new Rule("dashboard", TEACHERS));
        RULES.put("dashboard/:classId", new Rule("dashboard/{class}", EnumSet.of(Visitor.TEACHER_OF_CLASS)));
        RULES.put("dashboard/:classId/student/:studentId", new Rule("dashboard/{class}/student/{student}",
                EnumSet.of(Visitor.TEACHER_OF_CLASS)));
        RULES.put("dashboard/:classId/exercises", new Rule("dashboard/{class}/exercises", EnumSet.of(Visitor.TEACHER_OF_CLASS)));
        RULES.put("dashboard/:classId/mistakes", new Rule("dashboard/{class}/mistakes", EnumSet.of(Visitor.TEACHER_OF_CLASS)));
        RULES.put("dashboard/:classId/assignments", new Rule("dashboard/{class}/assignments", EnumSet.of(Visitor.TEACHER_OF_CLASS)));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    ClassroomService classes;
    @Autowired
    UserDetailsService users;

    private final Map<Visitor, String> usernames = new LinkedHashMap<>();
    private UUID classId;
    private UUID studentId;

    @BeforeEach
    void visitorsAndAClass() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        accounts.createTeacher(admin, "mine" + suffix, "Teacher of the class");
        accounts.createTeacher(admin, "other" + suffix, "Teacher of another class");
        UUID mine = accounts.findByUsername("mine" + suffix).orElseThrow().id();
        UUID other = accounts.findByUsername("other" + suffix).orElseThrow().id();
        // Signed in with a one-time password, a teacher sees only the password page: these have changed theirs.
        var student = accounts.registerStudent("student" + suffix, "Student", "a long enough secret", Optional.empty());
        var c = classes.createClass(mine, "The class");
        classes.createClass(other, "Another class");
        classes.join(student.id(), c.joinCode());
        classId = c.id();
        studentId = student.id();
        usernames.put(Visitor.STUDENT, student.username());
        usernames.put(Visitor.TEACHER_OF_CLASS, "mine" + suffix);
        usernames.put(Visitor.OTHER_TEACHER, "other" + suffix);
        usernames.put(Visitor.ADMIN, "admin");
        TestPasswords.settle(context, mine, other);

        var routes = new Routes().autoDiscoverViews("org.backproplab");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private void signIn(Visitor visitor) {
        SignIn.out();
        if (visitor != Visitor.GUEST) {
            SignIn.as(users, usernames.get(visitor));
        }
    }

    @Test
    void everyRouteHasARuleAndEveryVisitorGetsExactlyWhatTheRuleSays() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !r.getTemplate().startsWith("test-only/")) // views of the tests themselves, not the app's
                .toList();
        assertThat(routes.stream().map(RouteData::getTemplate).filter(t -> !RULES.containsKey(t)).toList())
                .as("routes without a row in AuthorizationMatrixTest.RULES").isEmpty();
        assertThat(RULES.keySet()).as("rows for routes that no longer exist")
                .containsExactlyInAnyOrderElementsOf(routes.stream().map(RouteData::getTemplate).toList());

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (RouteData route : routes) {
            Rule rule = RULES.get(route.getTemplate());
            String path = rule.path().replace("{class}", classId.toString()).replace("{student}", studentId.toString());
            for (Visitor visitor : Visitor.values()) {
                signIn(visitor);
                UI.getCurrent().navigate("");
                String outcome;
                boolean allowed;
                try {
                    UI.getCurrent().navigate(path);
                    var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
                    allowed = route.getNavigationTarget().isInstance(shown);
                    outcome = allowed ? "shown" : "sent to " + shown.getClass().getSimpleName();
                } catch (MockAccessDeniedException denied) { // Karibu's stand-in for the access-denied page
                    allowed = false;
                    outcome = "access denied";
                }
                if (allowed != rule.allowed().contains(visitor)) {
                    wrong.add(path + " as " + visitor + ": " + outcome);
                }
                cells++;
            }
        }
        System.out.println("Authorization matrix: " + routes.size() + " routes x " + Visitor.values().length + " visitors = "
                + cells + " cells checked");
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(routes.size() * Visitor.values().length);
    }
}
