using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;
using ExhibitionViewer.KioskMode;

namespace ExhibitionViewer.Tests.Kiosk.Support;

/// <summary>Keeps responses in a list; can be made unavailable like a full disk.</summary>
internal sealed class FakeResponseStore : IResponseStore
{
    public List<SurveyResponse> Responses { get; } = [];

    public bool Unavailable { get; set; }

    public string KioskId => "0123456789abcdef0123456789abcdef";

    public void Store(SurveyResponse response)
    {
        if (Unavailable)
        {
            throw new SurveyStoreUnavailableException("disk full (fake)", new IOException("ENOSPC"));
        }

        Responses.Add(response);
    }

    public SurveyStats Stats() => new(Responses.Count, 0, 0);

    public SurveyExport Export(string folder) =>
        new(Path.Combine(folder, "fake.manifest.json"), Path.Combine(folder, "fake.jsonl"), Path.Combine(folder, "fake.csv"), Responses.Count);
}
