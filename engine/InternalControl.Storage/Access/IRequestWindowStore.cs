namespace InternalControl.Storage.Access;

/// <summary>
/// Requests counted per key over a sliding window, shared by every host and worker of one database (table
/// address_requests, migration 1105). The key is what the caller makes of an address (a keyed hash), never the address.
/// </summary>
public interface IRequestWindowStore
{
    /// <summary>
    /// Counts one request of <paramref name="key"/> at <paramref name="now"/>, in one transaction with the count: false
    /// (and not counted) when the key has had <paramref name="limit"/> requests within <paramref name="window"/> before
    /// now. Requests older than the window are forgotten.
    /// </summary>
    bool Admit(string key, DateTimeOffset now, TimeSpan window, int limit);
}
