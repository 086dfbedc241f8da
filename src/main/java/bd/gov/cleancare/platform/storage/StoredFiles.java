package bd.gov.cleancare.platform.storage;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps stored files in step with the transaction that refers to them: files written for rows that
 * roll back are removed, and files of deleted rows go only once the delete has committed.
 */
@Component
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    private final Storage storage;

    public StoredFiles(Storage storage) {
        this.storage = storage;
    }

    /** Removes what ends up in {@code written} (filled as files are stored) unless the current transaction commits. */
    public void removeOnRollback(List<String> written) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(written);
                }
            }
        });
    }

    public void deleteAfterCommit(List<String> urls) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(urls);
            }
        });
    }

    private void deleteQuietly(List<String> urls) {
        for (var url : urls) {
            try {
                storage.delete(url);
            } catch (RuntimeException e) {
                // The database is already right; a leftover file is logged for the clean-up job, not an error for the user.
                log.warn("could not delete stored file {}: {}", url, e.getMessage());
            }
        }
    }

    /** The client's file name is only a label: kept short and without path parts. */
    public static String label(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
