namespace InternalControl.Workflows.Outbox;

/// <summary>
/// The two kinds of one-time sign-in link the outbox carries (a message of no case and no rule): one a parent asked for
/// on the sign-in page, which goes at once, quiet hours or not (they are waiting for it), and one the school sent
/// unasked (the deputy director's "send the parents of a class their links"), which waits for the quiet hours like any
/// message to a parent. An SMS carries a link message's own text (the link), not the usual "read it after signing in";
/// a link is not one of the messages the parent's page lists, nor one they acknowledge.
/// </summary>
public static class SignInLinks
{
    /// <summary>The template of a link the person asked for.</summary>
    public const string Requested = "signin-link:requested";

    /// <summary>The template of a link the school sent unasked.</summary>
    public const string Sent = "signin-link:sent";

    /// <summary>Whether a message of <paramref name="template"/> carries a sign-in link.</summary>
    public static bool Carries(string template) => template is Requested or Sent;
}
