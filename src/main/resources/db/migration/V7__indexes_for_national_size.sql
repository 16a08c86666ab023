-- Indexes the pages' queries need once one installation serves every council under intervention
-- (about 150 programmes of ~300 cost lines, 36 months of actuals, years of history).

-- A cost line's forecast history (Envers: every revision of its forecasts, newest first) read the
-- whole audit table, which grows with every forecast any council has ever changed.
create index ix_forecast_outturn_aud_cost_line on forecast_outturn_aud (cost_line_id, rev);
