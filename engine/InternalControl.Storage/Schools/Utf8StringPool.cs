using System.Text;

namespace InternalControl.Storage.Schools;

/// <summary>
/// The strings of a column read as UTF-8 bytes, made once each: a value equal to the row before's is that row's
/// string, any other is decoded and pooled, so a million marks of two thousand pupils hold two thousand pupil ids.
/// </summary>
internal sealed class Utf8StringPool
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private byte[] _last = [];
    private string _lastText = "";

    /// <summary>The pooled string of <paramref name="utf8"/>.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.SequenceEqual(_last))
        {
            return _lastText;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (!_pool.TryGetValue(text, out var pooled))
        {
            _pool[text] = pooled = text;
        }

        _last = utf8.ToArray();
        _lastText = pooled;
        return pooled;
    }
}
