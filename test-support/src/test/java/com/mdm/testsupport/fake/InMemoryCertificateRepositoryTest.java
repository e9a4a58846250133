package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.CertificateRepository;
import com.mdm.testsupport.contract.CertificateRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi certificate repository passes. */
class InMemoryCertificateRepositoryTest extends CertificateRepositoryContract {

  @Override
  protected Subject<CertificateRepository> subject() {
    return InMemoryCertificateRepository::new;
  }
}
