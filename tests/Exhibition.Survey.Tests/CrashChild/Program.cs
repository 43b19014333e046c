using Exhibition.Survey.Commands;
using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

// A process for the tests to kill or to compete with:
//   store <folder> <count>   records <count> sample responses through `survey record`'s path, printing "ok <uuid>"
//   hold <folder>            opens the store, prints "open", keeps it until stdin closes
//   export <folder> <to>     opens the store, prints "open", then exports everything (--all) to <to> again and
//                            again, printing "exported <manifest>" after each, until killed
//   open <folder>            tries to open the store; prints "opened" (exit 0) or "error: <message>" (exit 2)
switch (args[0])
{
    case "store":
        using (var store = SurveyStore.Open(args[1]))
        {
            var lines = string.Join('\n', Enumerable.Range(0, int.Parse(args[2])).Select(SampleSurvey.Line));
            return SurveyCommands.Record(SampleSurvey.Tour(), store, new StringReader(lines), Console.Out, Console.Error, TimeProvider.System);
        }
    case "hold":
        using (SurveyStore.Open(args[1]))
        {
            Console.WriteLine("open");
            Console.In.ReadToEnd();
            return 0;
        }
    case "export":
        using (var store = SurveyStore.Open(args[1]))
        {
            Console.WriteLine("open");
            while (true) Console.WriteLine($"exported {store.Export(args[2], all: true).ManifestPath}");
        }
    default:
        try
        {
            using var store = SurveyStore.Open(args[1]);
            Console.WriteLine("opened");
            return 0;
        }
        catch (SurveyStoreException e)
        {
            Console.WriteLine($"error: {e.Message}");
            return 2;
        }
}
