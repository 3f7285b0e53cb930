package org.backproplab.classroom;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountsAndClassesOnH2Test extends AccountsAndClassesTest {
}
