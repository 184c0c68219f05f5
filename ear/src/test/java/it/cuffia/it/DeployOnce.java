package it.cuffia.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * Deploys the suite's EAR once per test run instead of once per test class: every class declares the same
 * {@link Deployments#suite()}, the first class generates and deploys it, later classes reuse that deployment
 * (its protocol data included, so in-server tests still run inside it). The managed server is stopped at the
 * end of the run and the test domain is created anew by the next build, so nothing is undeployed.
 * Arquillian has no suite deployment of its own for JUnit 5 (arquillian/arquillian-core#725); this is the
 * approach of ingwarsw/arquillian-suite-extension, reduced to what one EAR needs.
 */
public class DeployOnce implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    public static class Observer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        private DeploymentScenario suiteScenario;
        private boolean deployed;
        private RuntimeException deployFailure;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (suiteScenario == null) {
                event.proceed();
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        /**
         * A deployment that failed is not tried again by every later class: each try loads the whole EAR again (in one
         * CI run the heap ran out while a failed deployment was tried class after class, and the OutOfMemoryErrors
         * buried the first cause). Later classes fail at once with that cause.
         */
        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (deployFailure != null) {
                throw new IllegalStateException("the suite's deployment failed in an earlier test class", deployFailure);
            }
            if (!deployed) {
                try {
                    event.proceed();
                } catch (RuntimeException e) {
                    deployFailure = e;
                    throw e;
                }
                deployed = true;
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            // the one deployment lives until the managed server stops at the end of the run
        }
    }
}
