package bd.gov.cleancare.identity;

import java.util.UUID;

/** register → 201 {message, user_id, phone}; otp_sent is false when the SMS gateway failed (ask for a resend). */
public record Registered(String message, UUID userId, String phone, boolean otpSent) {
}
