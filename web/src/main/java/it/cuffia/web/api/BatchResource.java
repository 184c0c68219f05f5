package it.cuffia.web.api;

import it.cuffia.batch.operations.BatchOperations;
import it.cuffia.batch.operations.JobRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch jobs for scripts and schedulers outside the suite (admins): start a KPI run or a month
 * close, read an execution, restart it. Same rules and messages as the Batch jobs screen.
 */
@Path("batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    private BatchOperations batch;

    /**
     * {@code job} is kpi (month, or from and to) or month-close (month); failOnDay and failOnAgent
     * make the run fail there, to rehearse a restart.
     */
    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job, @QueryParam("month") String month, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("failOnDay") String failOnDay, @QueryParam("failOnAgent") String failOnAgent) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("month", month);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("failOnDay", failOnDay);
        parameters.put("failOnAgent", failOnAgent);
        long execution = batch.start(job, parameters);
        return Response.accepted(Map.of("executionId", execution))
                .location(UriBuilder.fromResource(BatchResource.class).path("executions/{id}").build(execution)).build();
    }

    /** The newest runs: {@code max} from 1 to 500 (50 when left out); another number is a 422 problem. */
    @GET
    @Path("executions")
    public List<JobRun> executions(@QueryParam("max") Integer max) {
        return batch.runs(max == null ? 50 : max);
    }

    @GET
    @Path("executions/{id}")
    public JobRun execution(@PathParam("id") long id) {
        return batch.run(id);
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(Map.of("executionId", batch.restart(id))).build();
    }
}
