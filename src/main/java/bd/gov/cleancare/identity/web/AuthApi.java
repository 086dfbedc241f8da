package bd.gov.cleancare.identity.web;

import bd.gov.cleancare.identity.Authentication;
import bd.gov.cleancare.identity.Registered;
import bd.gov.cleancare.identity.Registration;
import bd.gov.cleancare.identity.SessionTokens;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.PublicRoutes;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's /auth routes plus forgot/reset password. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Registration with OTP, login, tokens, passwords")
class AuthApi {

    private final Authentication authentication;

    AuthApi(Authentication authentication) {
        this.authentication = authentication;
    }

    record RegisterRequest(
            @NotBlank String phone,
            @NotBlank @Size(max = 100) String name,
            @NotBlank String password,
            @Size(max = 255) String email,
            @Size(max = 40) String nid,
            @Size(max = 500) String address,
            @Size(max = 10) String wardNumber,
            @Size(max = 10) String cityCorporation) {
    }

    record VerifyOtpRequest(@NotBlank String phone, @NotBlank @JsonAlias({"otp", "code"}) String otpCode, String purpose) {
    }

    record ResendOtpRequest(@NotBlank String phone, String purpose) {
    }

    record LoginRequest(@NotBlank String phone, @NotBlank String password) {
    }

    record RefreshRequest(@NotBlank @JsonAlias("refresh") String refreshToken) {
    }

    record LogoutRequest(@JsonAlias("refresh") String refreshToken) {
    }

    record ChangePasswordRequest(@NotBlank @JsonAlias("current_password") String oldPassword, @NotBlank String newPassword) {
    }

    record ForgotPasswordRequest(@NotBlank String phone) {
    }

    record ResetPasswordRequest(@NotBlank String phone, @NotBlank @JsonAlias({"otp", "code"}) String otpCode,
            @NotBlank @JsonAlias("password") String newPassword) {
    }

    record MessageResponse(String message) {
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a citizen; an OTP goes to the phone by SMS")
    Registered register(@Valid @RequestBody RegisterRequest request, Locale locale) {
        return authentication.register(new Registration(request.phone(), request.name(), request.password(), request.email(),
                request.nid(), request.address(), request.wardNumber(), request.cityCorporation()), locale);
    }

    @PostMapping("/verify-otp")
    @Operation(summary = "Verify the registration (or login) OTP and receive tokens")
    SessionTokens verifyOtp(@Valid @RequestBody VerifyOtpRequest request, Locale locale) {
        return authentication.verifyOtp(request.phone(), request.otpCode(), request.purpose(), locale);
    }

    @PostMapping("/resend-otp")
    @Operation(summary = "Send a new OTP: at most one a minute and five an hour per phone")
    MessageResponse resendOtp(@Valid @RequestBody ResendOtpRequest request, Locale locale) {
        return new MessageResponse(authentication.resendOtp(request.phone(), request.purpose(), locale));
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with phone and password")
    SessionTokens login(@Valid @RequestBody LoginRequest request) {
        return authentication.login(request.phone(), request.password());
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new token pair (rotation)")
    SessionTokens refresh(@Valid @RequestBody RefreshRequest request) {
        return authentication.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End this session: the access and refresh tokens stop working everywhere")
    MessageResponse logout(@AuthenticationPrincipal CurrentUser me, @RequestBody(required = false) LogoutRequest request,
            Locale locale) {
        return new MessageResponse(authentication.logout(me, request == null ? null : request.refreshToken(), locale));
    }

    @GetMapping("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The signed-in user")
    UserView me(@AuthenticationPrincipal CurrentUser me) {
        return authentication.me(me);
    }

    @PutMapping("/change-password")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change the password; all other sessions end")
    MessageResponse changePassword(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ChangePasswordRequest request,
            Locale locale) {
        return new MessageResponse(authentication.changePassword(me, request.oldPassword(), request.newPassword(), locale));
    }

    @PostMapping("/forgot-password")
    @Operation(summary = "Send a password-reset OTP")
    MessageResponse forgotPassword(@Valid @RequestBody ForgotPasswordRequest request, Locale locale) {
        return new MessageResponse(authentication.forgotPassword(request.phone(), locale));
    }

    @PostMapping("/reset-password")
    @Operation(summary = "Set a new password with the reset OTP; all sessions end")
    MessageResponse resetPassword(@Valid @RequestBody ResetPasswordRequest request, Locale locale) {
        return new MessageResponse(authentication.resetPassword(request.phone(), request.otpCode(), request.newPassword(), locale));
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicRoutes authRoutes() {
            return new PublicRoutes("/api/v1/auth/register", "/api/v1/auth/verify-otp", "/api/v1/auth/resend-otp",
                    "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password");
        }
    }
}
