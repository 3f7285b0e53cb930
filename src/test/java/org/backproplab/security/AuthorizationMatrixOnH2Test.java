package org.backproplab.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AuthorizationMatrixOnH2Test extends AuthorizationMatrixTest {
}
