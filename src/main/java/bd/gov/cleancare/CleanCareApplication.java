package bd.gov.cleancare;

import bd.gov.cleancare.identity.CreateSuperuserCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class CleanCareApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CreateSuperuserCommand.NAME.equals(args[0])) {
            // A one-shot administrative command: no web server, exit with the command's status.
            var app = new SpringApplication(CleanCareApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            var context = app.run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(CleanCareApplication.class, args);
    }
}
