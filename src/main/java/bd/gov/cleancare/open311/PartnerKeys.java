package bd.gov.cleancare.open311;

import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.open311.internal.ApiKey;
import bd.gov.cleancare.open311.internal.PartnerKeyRepository;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.platform.web.Slice;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for Open311 partners, managed by super admins only. Each key files under the partner's
 * own account (a citizen account on the partner's phone), so its complaints are traceable to it.
 */
@Service
public class PartnerKeys {

    static final int MAX_PARTNER_NAME = 100;

    private final PartnerKeyRepository keys;
    private final Users users;
    private final Clock clock;
    private final AuditTrail audit;

    PartnerKeys(PartnerKeyRepository keys, Users users, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.keys = keys;
        this.users = users;
        this.clock = clock;
    }

    /** The key is in this answer and nowhere else: only its hash is stored. */
    @Transactional
    public IssuedKey issue(CurrentUser me, String partnerName, String phone) {
        requireSuperAdmin(me);
        var name = partnerName == null ? "" : partnerName.strip();
        if (name.isEmpty()) {
            throw RuleViolated.onField("partner_name", "validation.NotBlank");
        }
        if (name.codePointCount(0, name.length()) > MAX_PARTNER_NAME) {
            throw RuleViolated.onField("partner_name", "validation.Size.max", MAX_PARTNER_NAME);
        }
        var account = users.ensurePartnerAccount(PhoneNumber.parse("phone", phone), name);
        var key = ApiKey.generate();
        var stored = keys.insert(name, key, account, me.id(), clock.instant());
        audit.record(me, "open311_key.issued", "open311_key", stored.id(), java.util.Map.of("partner_name", name, "key_prefix", stored.keyPrefix()));
        return new IssuedKey(stored.id(), stored.partnerName(), key.value(), stored.keyPrefix(), stored.userId(), stored.createdAt());
    }

    @Transactional(readOnly = true)
    public Slice<PartnerKey> list(CurrentUser me, PageQuery page) {
        requireSuperAdmin(me);
        return keys.list(page);
    }

    /** Takes effect on the next request; a revoked key stays listed with its revocation time. */
    @Transactional
    public void revoke(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        if (!keys.revoke(id, clock.instant())) {
            throw new NotFound("open311.key.not-found");
        }
        audit.record(me, "open311_key.revoked", "open311_key", id, java.util.Map.of());
    }

    private static void requireSuperAdmin(CurrentUser me) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
    }
}
