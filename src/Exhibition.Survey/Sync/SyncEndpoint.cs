namespace Exhibition.Survey.Sync;

/// <summary>Where a kiosk sends its responses, and the token the collector issued to it.</summary>
public sealed record SyncEndpoint
{
    /// <summary>Creates an endpoint.</summary>
    /// <param name="baseAddress">The collector's address, e.g. <c>https://survey.example.org/</c>; responses go to
    /// <c>v1/responses</c> under it. Plain http is accepted (for loopback and tests); deploy with https.</param>
    /// <param name="token">The kiosk's bearer token from <c>SurveyCollector token issue</c>.</param>
    /// <exception cref="ArgumentException">The address is not absolute http(s), or the token is empty.</exception>
    public SyncEndpoint(Uri baseAddress, string token)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"The sync endpoint '{baseAddress}' is not an absolute http or https address.", nameof(baseAddress));
        if (token.Any(char.IsWhiteSpace)) throw new ArgumentException("The sync token contains white space.", nameof(token));
        var text = baseAddress.AbsoluteUri;
        BaseAddress = new Uri(text.EndsWith('/') ? text : text + "/");
        Token = token;
    }

    /// <summary>The collector's address, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The bearer token.</summary>
    public string Token { get; }

    /// <summary>Where batches are posted.</summary>
    public Uri UploadAddress => new(BaseAddress, "v1/responses");

    /// <summary>The address only: the token is a secret and never written to logs.</summary>
    public override string ToString() => BaseAddress.ToString();
}
