package org.tgov.identity.internal;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets in the {@code sign_in_throttle} table, each read and changed under a row lock
 * ({@code select ... for update}) in a short transaction of its own. It is Bucket4j's PostgreSQL
 * proxy manager in SQL that H2 accepts too: that one names its conflict target
 * ({@code on conflict (id) do nothing}), which H2 refuses, while both databases accept the plain
 * {@code on conflict do nothing}, and this table has no other unique key.
 */
final class SignInThrottleTable extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "select state from sign_in_throttle where id = ? for update";
    private static final String INSERT = "insert into sign_in_throttle (id, state) values (?, null) on conflict do nothing";
    private static final String UPDATE = "update sign_in_throttle set state = ?, expires_at = ? where id = ?";
    private static final String DELETE = "delete from sign_in_throttle where id = ?";

    private final DataSource dataSource;
    private final CustomColumnProvider<String> expiresAt;

    SignInThrottleTable(DataSource dataSource, Clock clock, ExpirationAfterWriteStrategy expiration) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockTimeMeter(clock))
                .withExpirationAfterWriteStrategy(expiration));
        this.dataSource = dataSource;
        this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiration);
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new RowTransaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        RowTransaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = prepare(SELECT, timeoutNanos)) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = prepare(INSERT, timeoutNanos)) {
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = prepare(UPDATE, timeoutNanos)) {
                update.setBytes(1, data);
                expiresAt.setCustomField(key, 2, update, newState, currentTimeNanos());
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private PreparedStatement prepare(String sql, Optional<Long> timeoutNanos) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            applyTimeout(statement, timeoutNanos);
            return statement;
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
