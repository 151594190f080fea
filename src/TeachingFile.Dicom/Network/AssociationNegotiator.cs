using TeachingFile.Dicom.Network.Pdus;

namespace TeachingFile.Dicom.Network;

/// <summary>
/// Decides the server's response to an A-ASSOCIATE-RQ: checks protocol version, application context, called
/// AE title and the calling AE policy, then negotiates each presentation context on its own.
/// </summary>
internal sealed class AssociationNegotiator(
    DicomServerOptions options, IDicomAssociationPolicy policy, IReadOnlySet<string> storageSopClasses)
{
    /// <summary>Returns the rejection to send, or null when the association may be accepted.</summary>
    public async ValueTask<AssociationRejection?> CheckAsync(
        AAssociateRq request, bool tooManyAssociations, CancellationToken cancellationToken)
    {
        if (tooManyAssociations)
        {
            return AssociationRejection.TooManyAssociations(
                options.MaxAssociations.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " associations are already open, the maximum set by " + DicomServerOptions.SectionName
                + ":MaxAssociations; raise it or retry when one closes.");
        }

        if ((request.ProtocolVersion & 1) == 0)
        {
            return new AssociationRejection(1, 2, 2, "Protocol version 0x"
                + request.ProtocolVersion.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
                + " is not supported; expected version 1 (bit 0 set).");
        }

        var applicationContext = request.ApplicationContextName;
        if (!string.Equals(applicationContext, DicomUidConstants.ApplicationContext, StringComparison.Ordinal))
        {
            return new AssociationRejection(1, 1, 2, "Application context '" + request.ApplicationContextName
                + "' is not supported; expected " + DicomUidConstants.ApplicationContext + ".");
        }

        if (!string.Equals(request.CalledAeTitle, options.AeTitle, StringComparison.Ordinal))
        {
            return AssociationRejection.CalledAeNotRecognized("Called AE title '" + request.CalledAeTitle
                + "' is not this node's AE title '" + options.AeTitle + "'.");
        }

        return await policy.CheckAsync(request.CallingAeTitle, request.CalledAeTitle, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Builds the A-ASSOCIATE-AC and the accepted contexts by presentation context ID.</summary>
    public (AAssociateAc Accept, Dictionary<byte, AcceptedPresentationContext> Accepted) Accept(AAssociateRq request)
    {
        var answers = new List<PresentationContextAc>();
        var accepted = new Dictionary<byte, AcceptedPresentationContext>();
        foreach (var proposed in request.PresentationContexts)
        {
            var answer = Negotiate(proposed);
            answers.Add(answer);
            if (answer.Result == PresentationContextResult.Acceptance)
            {
                accepted[proposed.Id] = new AcceptedPresentationContext(
                    proposed.Id, proposed.AbstractSyntax, TransferSyntax.Lookup(answer.TransferSyntax));
            }
        }

        var roles = request.UserInformation.RoleSelections
            .Where(role => accepted.Values.Any(
                c => string.Equals(c.AbstractSyntax, role.SopClassUid, StringComparison.Ordinal)))
            .Select(role => new RoleSelection(role.SopClassUid, role.ScuRole, ScpRole: false))
            .ToList();
        // No asynchronous operations window in the A-ASSOCIATE-AC, so the peer keeps the default of one
        // outstanding operation each way (PS3.7 Annex D.3.3.3), which is what the SCP processes.
        var userInformation = new UserInformation(
            options.MaxPduLength, DicomImplementation.ClassUid, DicomImplementation.VersionName, null, roles);
        var accept = new AAssociateAc(
            1, request.CalledAeTitle, request.CallingAeTitle, DicomUidConstants.ApplicationContext, answers,
            userInformation);
        return (accept, accepted);
    }

    private PresentationContextAc Negotiate(PresentationContextRq proposed)
    {
        var isVerification = string.Equals(
            proposed.AbstractSyntax, DicomUidConstants.Verification, StringComparison.Ordinal);
        if (!isVerification && !storageSopClasses.Contains(proposed.AbstractSyntax))
        {
            return new PresentationContextAc(
                proposed.Id, PresentationContextResult.AbstractSyntaxNotSupported, proposed.TransferSyntaxes[0]);
        }

        var selected = TransferSyntaxPreference.Select(proposed.TransferSyntaxes, allowEncapsulated: !isVerification);
        return selected is null
            ? new PresentationContextAc(
                proposed.Id, PresentationContextResult.TransferSyntaxesNotSupported, proposed.TransferSyntaxes[0])
            : new PresentationContextAc(proposed.Id, PresentationContextResult.Acceptance, selected.Uid);
    }
}
