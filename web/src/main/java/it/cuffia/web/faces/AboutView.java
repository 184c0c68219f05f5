package it.cuffia.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and build facts for the about page (filtered from the POM at build time). */
@Named
@ApplicationScoped
public class AboutView {

    private final Properties build = new Properties();

    public AboutView() {
        try (InputStream in = AboutView.class.getResourceAsStream("/it/cuffia/web/version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getVersion() { return build.getProperty("version", "?"); }
    public String getBuildTime() { return build.getProperty("buildTime", "?"); }
    public String getJavaVersion() { return System.getProperty("java.version"); }
    public String getServer() {
        return ((jakarta.servlet.ServletContext) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getContext()).getServerInfo();
    }
}
