using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace ExhibitionViewer.KioskMode;

/// <summary>What the kiosk needs of the survey store (the real one is <see cref="SurveyStoreAdapter"/>; tests use a fake).</summary>
internal interface IResponseStore
{
    string KioskId { get; }

    /// <summary>Returns only once the response is durable; throws when the store is unavailable.</summary>
    void Store(SurveyResponse response);

    SurveyStats Stats();

    SurveyExport Export(string folder);
}
