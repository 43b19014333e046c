using Exhibition.SurveyCollector.Tests.Support;

namespace Exhibition.SurveyCollector.Tests;

/// <summary>Starts PostgreSQL once for every test in this assembly (all namespaces sit below this one).</summary>
[SetUpFixture]
public sealed class PostgresSetUp
{
    [OneTimeSetUp]
    public void Start() => Postgres.Start();

    [OneTimeTearDown]
    public void Stop() => Postgres.Stop();
}
