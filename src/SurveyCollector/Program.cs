using Exhibition.SurveyCollector;

return await CollectorCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
