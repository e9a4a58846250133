package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.testsupport.contract.CertificateRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/**
 * The certificate repository contract on the in-memory H2 in MySQL mode, as the embedded setup runs
 * it.
 */
class JdbiCertificateRepositoryH2Test extends CertificateRepositoryContract {

  @Override
  protected Subject<CertificateRepository> subject() {
    return MetadataTestDatabase.inMemoryH2()
        .subject(JdbiCertificateRepository::new, "completeness_certificates");
  }
}
