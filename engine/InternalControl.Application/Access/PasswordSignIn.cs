namespace InternalControl.Application.Access;

/// <summary>What a password sign-in came to.</summary>
public enum PasswordSignIn
{
    SignedIn,
    Refused,
    LockedOut,
}
