package bd.gov.cleancare.platform.push;

/** The provider no longer knows the device token (app uninstalled, token expired or never valid): stop using it. */
public class DeviceGone extends PushNotSent {

    public DeviceGone(String message) {
        super(message);
    }
}
