package org.backproplab.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in SQL. */
@Repository
class AccountRepository {
    private static final String COLUMNS = "id, learner_id, username, display_name, role, must_change_password, created_at";
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the user name is taken. */
    void insert(Account a, String passwordHash) {
        jdbc.sql("INSERT INTO account (" + COLUMNS + ", password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.learnerId(), a.username(), a.displayName(), a.role().name(), a.mustChangePassword(),
                        Timestamp.from(a.createdAt()), passwordHash)
                .update();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(AccountRepository::account).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = ?").param(username)
                .query(AccountRepository::account).optional();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).optional();
    }

    void setPassword(UUID id, String hash, boolean mustChange) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?").params(hash, mustChange, id).update();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY role, username").query(AccountRepository::account).list();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("must_change_password"),
                rs.getTimestamp("created_at").toInstant());
    }
}
