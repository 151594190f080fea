namespace TeachingFile.Dicom.Network;

/// <summary>
/// States of the DICOM upper layer state machine (PS3.8 Section 9.2, Table 9-9). The release
/// collision states Sta9 to Sta12 are not modelled: this library never sends an A-RELEASE-RQ
/// while it may receive one.
/// </summary>
internal enum AssociationState
{
    /// <summary>Sta1: idle, no transport connection.</summary>
    Idle = 1,

    /// <summary>Sta2: transport connection open, awaiting A-ASSOCIATE-RQ (acceptor); ARTIM running.</summary>
    AwaitingAssociateRequest = 2,

    /// <summary>Sta3: awaiting the local A-ASSOCIATE response primitive (acceptor).</summary>
    AwaitingLocalAssociateResponse = 3,

    /// <summary>Sta4: awaiting the transport connection to open (requestor).</summary>
    AwaitingTransportOpen = 4,

    /// <summary>Sta5: awaiting A-ASSOCIATE-AC or A-ASSOCIATE-RJ (requestor).</summary>
    AwaitingAssociateResponse = 5,

    /// <summary>Sta6: association established, ready for data transfer.</summary>
    Established = 6,

    /// <summary>Sta7: awaiting A-RELEASE-RP (requestor).</summary>
    AwaitingReleaseResponse = 7,

    /// <summary>Sta8: awaiting the local A-RELEASE response primitive (acceptor).</summary>
    AwaitingLocalReleaseResponse = 8,

    /// <summary>Sta13: awaiting the transport connection to close; ARTIM running.</summary>
    AwaitingTransportClose = 13,
}
