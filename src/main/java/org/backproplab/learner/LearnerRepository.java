package org.backproplab.learner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerRepository extends JpaRepository<Learner, UUID> {
    Optional<Learner> findByGuestTokenHash(String guestTokenHash);
}
