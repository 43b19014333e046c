using ContentPacker.Tests.Media.Support;

namespace ContentPacker.Tests.Media;

/// <summary>Deletes the clips made for the media tests once they have all run.</summary>
[SetUpFixture]
public sealed class MediaTestRun
{
    [OneTimeTearDown]
    public void DeleteClips()
    {
        if (TestClips.WasUsed)
        {
            Directory.Delete(TestClips.FolderPath, recursive: true);
        }
    }
}
