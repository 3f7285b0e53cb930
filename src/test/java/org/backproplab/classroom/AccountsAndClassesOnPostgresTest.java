package org.backproplab.classroom;

import org.backproplab.database.OnPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OnPostgres.class)
class AccountsAndClassesOnPostgresTest extends AccountsAndClassesTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.properties(registry);
    }
}
