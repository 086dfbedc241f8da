package bd.gov.cleancare.notifications.web;

import bd.gov.cleancare.notifications.NotificationView;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications", description = "In-app notifications of the signed-in user")
@SecurityRequirement(name = "bearer")
class NotificationApi {

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    record UnreadCount(long unread) {
    }

    record Marked(int marked) {
    }

    record DeviceForm(@Size(max = 500) String token,
            @Size(max = 20) String platform) {
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first; ?is_read=false for the unread ones")
    Page<NotificationView> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "is_read", required = false) String isRead,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        var slice = notifications.list(me, isRead, query);
        return Page.of(query, slice);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    UnreadCount unread(@AuthenticationPrincipal CurrentUser me) {
        return new UnreadCount(notifications.unread(me));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read")
    NotificationView markRead(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return notifications.markRead(me, id);
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register this phone's push token (FCM); notifications reach it when no socket is open")
    Map<String, String> registerDevice(@AuthenticationPrincipal CurrentUser me,
            @Valid @RequestBody DeviceForm form) {
        notifications.registerDevice(me, form.token(), form.platform());
        return Map.of("status", "registered");
    }

    @DeleteMapping("/devices/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgetDevice(@AuthenticationPrincipal CurrentUser me, @PathVariable String token) {
        notifications.forgetDevice(me, token);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    Marked markAllRead(@AuthenticationPrincipal CurrentUser me) {
        return new Marked(notifications.markAllRead(me));
    }
}
