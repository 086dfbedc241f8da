package bd.gov.cleancare.platform.push;

/** Sends a notification to one installation of the citizen or staff app. */
public interface Push {

    /**
     * @throws DeviceGone when the provider says the device token no longer names an installation: forget the token
     * @throws PushNotSent when the provider refused the message or could not be reached; worth retrying later
     */
    void send(PushMessage message);
}
