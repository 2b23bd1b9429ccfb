using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// A message's idempotency key: a hash of what identifies it (school, case, journal entry, recipient, template), so
/// it is the same on every read and every try, carries no personal data, and fits a gateway's client reference (34 characters).
/// </summary>
internal static class IdempotencyKey
{
    public static string Of(long schoolId, long caseId, int seq, string recipientKind, string recipientId, string template)
    {
        var identity = string.Create(CultureInfo.InvariantCulture, $"{schoolId}\n{caseId}\n{seq}\n{recipientKind}\n{recipientId}\n{template}");
        return "ic" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }
}
