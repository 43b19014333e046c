using Exhibition.Survey.Storage;
using Exhibition.Survey.Tests.Support;

namespace Exhibition.Survey.Tests.Storage;

public sealed class StoreLockTests
{
    [Test]
    public void A_second_process_opening_the_store_fails_fast_naming_the_first()
    {
        // Given this process has the store open
        using var temp = new TempDirectory();
        using var store = SurveyStore.Open(temp.Path);

        // When another process opens it
        var started = DateTime.UtcNow;
        var (exitCode, output) = ChildProcess.Run("open", temp.Path);

        // Then it fails at once with a message naming the folder and this process
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain($"The survey store in {temp.Path} is in use by another ExhibitionViewer (process {Environment.ProcessId}?)"));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(20)), "fails fast, does not wait for the lock");
    }

    [Test]
    public void Opening_a_store_held_by_another_process_throws_and_succeeds_once_it_exits()
    {
        // Given another process holds the store
        using var temp = new TempDirectory();
        using var holder = ChildProcess.Start("hold", temp.Path);
        Assert.That(holder.StandardOutput.ReadLine(), Is.EqualTo("open"));

        // When this process opens it, then it is refused
        Assert.That(() => SurveyStore.Open(temp.Path),
            Throws.TypeOf<SurveyStoreException>().With.Message.Contains($"(process {holder.Id}?)"));

        // And once the holder is gone (killed: the kernel drops its lock), the store opens
        holder.Kill();
        holder.WaitForExit();
        using var store = SurveyStore.Open(temp.Path);
        Assert.That(store.Stats().Total, Is.Zero);
    }
}
