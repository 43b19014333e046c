using Exhibition.Survey.Model;
using Exhibition.Survey.Storage;

namespace ExhibitionViewer.KioskMode;

/// <summary>The real survey store behind <see cref="IResponseStore"/>.</summary>
internal sealed class SurveyStoreAdapter(SurveyStore store) : IResponseStore
{
    public string KioskId => store.KioskId;

    public void Store(SurveyResponse response) => store.Store(response);

    public SurveyStats Stats() => store.Stats();

    public SurveyExport Export(string folder) => store.Export(folder);
}
