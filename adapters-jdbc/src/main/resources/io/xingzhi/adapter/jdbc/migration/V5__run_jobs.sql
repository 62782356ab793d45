-- Xingzhi lead store, version 5: runs recorded from their start (RunStore.startRun), so that a run
-- cut short by a crash leaves a trace: RUNNING, then FINISHED (with the run kept), FAILED (with the
-- reason) or INTERRUPTED (its process died; marked when the next server starts). Never deleted.
CREATE TABLE run_jobs (
    job_number   BIGINT                   NOT NULL PRIMARY KEY, -- 1, 2, 3, ... without gaps
    state        VARCHAR(20)              NOT NULL,             -- RunJob.State name
    as_of        DATE                     NOT NULL,
    requested_by VARCHAR                  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    run_number   BIGINT                            REFERENCES runs (run_number),
    error        VARCHAR
);
CREATE INDEX run_jobs_state ON run_jobs (state);
