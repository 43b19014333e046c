using ContentPacker.Building;
using ContentPacker.Cli;
using Spectre.Console;

namespace ContentPacker.Commands;

/// <summary>One progress bar per build step.</summary>
internal sealed class SpectreBuildProgress(ProgressContext context) : IBuildProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = [];

    public IProgress<double> Begin(string description)
    {
        var task = context.AddTask(Markup.Escape(description), maxValue: 1);
        _tasks[description] = task;
        return new SyncProgress<double>(value => task.Value = Math.Clamp(value, 0, 1));
    }

    public void End(string description, bool reused)
    {
        if (!_tasks.Remove(description, out var task))
            return;
        if (reused)
            task.Description = Markup.Escape(description) + " [grey](cached)[/]";
        task.Value = 1;
        task.StopTask();
    }
}
